/**
 * The botbuilder-dialogs classes the dialogs use, imported from their own files rather than from the package's
 * index. Why: the index also loads DateTimePrompt and its date-time recognizer, a megabyte of code that no dialog
 * here uses and that every start of the bot paid to parse and run (about 0.1 s). Types are imported from
 * "botbuilder-dialogs" as usual; these are the same classes (the index re-exports these very files).
 */
export { ComponentDialog } from "botbuilder-dialogs/lib/componentDialog.js";
export { DialogTurnStatus } from "botbuilder-dialogs/lib/dialog.js";
export { DialogSet } from "botbuilder-dialogs/lib/dialogSet.js";
export { ChoicePrompt } from "botbuilder-dialogs/lib/prompts/choicePrompt.js";
export { ListStyle } from "botbuilder-dialogs/lib/prompts/prompt.js";
export { TextPrompt } from "botbuilder-dialogs/lib/prompts/textPrompt.js";
export { WaterfallDialog } from "botbuilder-dialogs/lib/waterfallDialog.js";
