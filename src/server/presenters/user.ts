import type { TUser } from "../../contracts/auth.ts";

/** Only these fields of a user ever leave the server; never the password hash. */
export function presentUser(user: {
  id: string;
  email: string;
  displayName?: string;
  display_name?: string;
}): TUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName ?? user.display_name ?? "",
  };
}
