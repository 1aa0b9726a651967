/**
 * Global positions travel through GraphQL as plain `String`s: an opaque token of the event store
 * whose plain string order is the global order of events (see `GlobalPosition` in
 * `@leerkring/event-store`). Clients compare them, store them and hand them back (`atLeast`),
 * never parse them. The empty string is "before the first event".
 */
export const POSITION_DESCRIPTION =
  'Globale positie in de gebeurtenissenstroom: ondoorzichtig; de gewone tekstvolgorde is de globale volgorde.';
