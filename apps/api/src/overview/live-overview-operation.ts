import {
  Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode, type ValueNode,
} from 'graphql';

/**
 * An operation that asks only for the live national overview: one root field `nationalOverview`,
 * with neither `asOf` nor `atLeast` given (absent, null, or a variable that is null). Its answer
 * depends on nothing but the overview's figures, the selection and the moment `asOf`.
 */
export interface LiveOverviewOperation {
  /** The root field's key in the answer (its alias, if any). */
  readonly rootKey: string;
  /** The answer keys of the `asOf` field (the request's own moment) within the overview. */
  readonly asOfKeys: readonly string[];
}

export function liveOverviewOperation(
  document: DocumentNode,
  /** Absent when the document's operations leave it open which one is meant (graphql-js then says so). */
  operation: OperationDefinitionNode | undefined,
  variables: Readonly<Record<string, unknown>> | undefined,
): LiveOverviewOperation | undefined {
  if (operation?.operation !== 'query' || operation.selectionSet.selections.length !== 1) return undefined;
  const [root] = operation.selectionSet.selections;
  if (root?.kind !== Kind.FIELD || root.name.value !== 'nationalOverview' || root.directives?.length || !root.selectionSet) return undefined;
  if (!(root.arguments ?? []).every((argument) => isNull(argument.value, variables))) return undefined;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const asOfKeys = new Set<string>();
  collectAsOfKeys(root.selectionSet, fragments, asOfKeys);
  return { rootKey: root.alias?.value ?? root.name.value, asOfKeys: [...asOfKeys] };
}

function isNull(value: ValueNode, variables: Readonly<Record<string, unknown>> | undefined): boolean {
  if (value.kind === Kind.NULL) return true;
  if (value.kind !== Kind.VARIABLE) return false;
  const given = variables?.[value.name.value];
  return given === undefined || given === null;
}

/** Through inline fragments and fragment spreads (validation has ruled out cycles). */
function collectAsOfKeys(selectionSet: SelectionSetNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>, keys: Set<string>): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === 'asOf') keys.add(selection.alias?.value ?? selection.name.value);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collectAsOfKeys(selection.selectionSet, fragments, keys);
    } else {
      const fragment = fragments.get(selection.name.value);
      if (fragment) collectAsOfKeys(fragment.selectionSet, fragments, keys);
    }
  }
}

/**
 * A kept answer's data for a request at `moment`: the same figures, with the request's own
 * moment in `asOf`. The kept data is shared between requests and never changed; only the two
 * objects on the way to `asOf` are copied.
 */
export function answerAt(
  data: Readonly<Record<string, unknown>>,
  operation: LiveOverviewOperation,
  moment: string,
): Record<string, unknown> {
  const overview = data[operation.rootKey];
  if (overview === null || typeof overview !== 'object' || operation.asOfKeys.length === 0) return { ...data };
  const atMoment: Record<string, unknown> = { ...(overview as Record<string, unknown>) };
  // A key is missing when @include/@skip left the field out: leave it out.
  for (const key of operation.asOfKeys) if (key in atMoment) atMoment[key] = moment;
  return { ...data, [operation.rootKey]: atMoment };
}
