/** A message as data: commands and events are `{type, data}` in discriminated unions. */
export interface Message<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

/** What a decision may depend on besides state and command: time comes in, never read. */
export interface DecisionContext {
  readonly now: Date;
}

/**
 * An aggregate as pure functions. `decide` returns the events the command causes, or throws a
 * `DomainError`; `evolve` folds one event into the state and never refuses.
 */
export interface Decider<State, Command extends Message, Event extends Message> {
  readonly initialState: () => State;
  readonly decide: (state: State, command: Command, context: DecisionContext) => readonly Event[];
  readonly evolve: (state: State, event: Event) => State;
}

export function fold<State, Event extends Message>(
  decider: Pick<Decider<State, Message, Event>, 'initialState' | 'evolve'>,
  events: Iterable<Event>,
): State {
  let state = decider.initialState();
  for (const event of events) state = decider.evolve(state, event);
  return state;
}

/** Compile-time exhaustiveness for switches over a union. */
export function assertNever(value: never): never {
  throw new Error(`unexpected value ${JSON.stringify(value)}`);
}
