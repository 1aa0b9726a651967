/** Descriptions of the date-like strings of inputs; the domain checks them and names the field. */
export const DATE = 'Datum als 2024-04-01 (JJJJ-MM-DD).';
export const ISO_WEEK = 'ISO-week als 2024-W14.';
export const REGION_ID = 'CBS-code van een jeugdregio, zoals JZ36.';
