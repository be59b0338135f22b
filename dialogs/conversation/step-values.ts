import type { WaterfallStepContext } from "botbuilder-dialogs";

/** A waterfall's values bag (kept in the dialog state between steps), typed as an open record. */
export function stepValues(step: WaterfallStepContext): Record<string, unknown> {
  return step.values as Record<string, unknown>;
}
