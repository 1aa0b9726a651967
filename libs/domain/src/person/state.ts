/** Nothing but whether the person was forgotten: no personal data in any state. */
export type PersonState =
  | { readonly status: 'remembered' }
  | { readonly status: 'forgotten'; readonly personId: string; readonly forgottenOn: string };

export const initialPersonState = (): PersonState => ({ status: 'remembered' });
