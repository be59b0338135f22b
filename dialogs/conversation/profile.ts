import { z } from "zod";
import { DepartementSchema } from "../../knowledge/model/index.js";

/** What the bot remembers about a référent (user state), validated when read back from storage. */
export const UserProfileSchema = z.object({
  /** Home département: the territory of questions that name none. */
  home: DepartementSchema.nullable().default(null),
  /** True once the bot has asked for the territory (it asks once, then searches everywhere if told so). */
  territoryAsked: z.boolean().default(false),
  /** True once the bot has said it does not need personal data. */
  privacyNoticeShown: z.boolean().default(false),
});
export type UserProfile = z.infer<typeof UserProfileSchema>;

/** A profile from whatever storage returned: defaults for a new user or a record that no longer parses. */
export function readProfile(value: unknown): UserProfile {
  const parsed = UserProfileSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : UserProfileSchema.parse({});
}
