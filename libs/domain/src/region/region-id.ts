import { invalidInput } from '../shared/domain-error';

/** Regions are identified by their CBS code (`JZ36`), not by a UUID: DESIGN.md section 4. */
export const REGION_ID_PATTERN = /^JZ\d{2}$/;

export function requireRegionId(field: string, value: string): string {
  if (typeof value !== 'string' || !REGION_ID_PATTERN.test(value)) {
    throw invalidInput(field, 'region-id-format', `${field} moet een CBS-code van een jeugdregio zijn, zoals JZ36`);
  }
  return value;
}
