// Typed calls for every API route the web app uses.
import type {
  TAccountParts,
  TAcknowledgementView,
  TAnswerAccount,
} from "../../contracts/acknowledgement.ts";
import type { TAnswerApology, TApologyParts, TApologyView } from "../../contracts/apology.ts";
import type {
  TChangePassword,
  TDeleteAccount,
  TLogIn,
  TSignUp,
  TUser,
} from "../../contracts/auth.ts";
import type { TCreatedInvite, TInvite, TInvitePreview } from "../../contracts/invites.ts";
import type { TListeningMove, TListeningView } from "../../contracts/listening.ts";
import type {
  TCreateSpace,
  TSpaceHome,
  TSpaceSummary,
  TTimelineEvent,
} from "../../contracts/spaces.ts";
import { ApiError, api } from "./client.ts";

type Ok = { ok: true };
const enc = encodeURIComponent;

export const authApi = {
  /** The signed-in user, or null when logged out. */
  async me(): Promise<TUser | null> {
    try {
      return (await api.get<{ user: TUser }>("/api/auth/me")).user;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
  signUp: async (input: TSignUp) =>
    (await api.post<{ user: TUser }>("/api/auth/signup", input)).user,
  logIn: async (input: TLogIn) => (await api.post<{ user: TUser }>("/api/auth/login", input)).user,
  logOut: () => api.post<Ok>("/api/auth/logout"),
  changePassword: (input: TChangePassword) => api.post<Ok>("/api/auth/password", input),
  deleteAccount: (input: TDeleteAccount) => api.post<Ok>("/api/account/delete", input),
};

export const spacesApi = {
  list: async () => (await api.get<{ spaces: TSpaceSummary[] }>("/api/spaces")).spaces,
  create: (input: TCreateSpace) => api.post<TSpaceHome>("/api/spaces", input),
  home: (spaceId: string) => api.get<TSpaceHome>(`/api/spaces/${enc(spaceId)}`),
  timeline: async (spaceId: string) =>
    (await api.get<{ events: TTimelineEvent[] }>(`/api/spaces/${enc(spaceId)}/timeline`)).events,
  leave: (spaceId: string) => api.post<Ok>(`/api/spaces/${enc(spaceId)}/leave`),
};

export const invitesApi = {
  list: async (spaceId: string) =>
    (await api.get<{ invites: TInvite[] }>(`/api/spaces/${enc(spaceId)}/invites`)).invites,
  create: (spaceId: string) => api.post<TCreatedInvite>(`/api/spaces/${enc(spaceId)}/invites`),
  revoke: (spaceId: string, inviteId: string) =>
    api.delete<Ok>(`/api/spaces/${enc(spaceId)}/invites/${enc(inviteId)}`),
  preview: (token: string) => api.get<TInvitePreview>(`/api/invites/${enc(token)}`),
  accept: (token: string) => api.post<{ spaceId: string }>(`/api/invites/${enc(token)}/accept`),
};

// --- Steps 1–4: acknowledge, take responsibility / apologise, listen ---

const stepBase = (spaceId: string) => `/api/spaces/${enc(spaceId)}`;

export const acknowledgementApi = {
  view: (spaceId: string) => api.get<TAcknowledgementView>(`${stepBase(spaceId)}/acknowledgement`),
  saveDraft: (spaceId: string, parts: TAccountParts) =>
    api.put<TAcknowledgementView>(`${stepBase(spaceId)}/acknowledgement/draft`, { parts }),
  send: (spaceId: string, parts: TAccountParts) =>
    api.post<TAcknowledgementView>(`${stepBase(spaceId)}/acknowledgement/versions`, { parts }),
  answer: (spaceId: string, versionId: string, answer: TAnswerAccount) =>
    api.post<TAcknowledgementView>(
      `${stepBase(spaceId)}/acknowledgement/versions/${enc(versionId)}/answer`,
      answer,
    ),
};

export const apologyApi = {
  view: (spaceId: string) => api.get<TApologyView>(`${stepBase(spaceId)}/apology`),
  saveDraft: (spaceId: string, parts: TApologyParts) =>
    api.put<TApologyView>(`${stepBase(spaceId)}/apology/draft`, { parts }),
  send: (spaceId: string, parts: TApologyParts) =>
    api.post<TApologyView>(`${stepBase(spaceId)}/apology/apologies`, { parts }),
  answer: (spaceId: string, apologyId: string, answer: TAnswerApology) =>
    api.post<TApologyView>(
      `${stepBase(spaceId)}/apology/apologies/${enc(apologyId)}/answer`,
      answer,
    ),
  setOpenness: (spaceId: string, open: boolean) =>
    api.put<TApologyView>(`${stepBase(spaceId)}/apology/forgiveness-openness`, { open }),
};

export const listeningApi = {
  view: (spaceId: string) => api.get<TListeningView>(`${stepBase(spaceId)}/listening`),
  start: (
    spaceId: string,
    input: { speakerMemberId: string; inPerson: boolean; turnSeconds?: number },
  ) => api.post<TListeningView>(`${stepBase(spaceId)}/listening/sessions`, input),
  move: (spaceId: string, move: TListeningMove) =>
    api.post<TListeningView>(`${stepBase(spaceId)}/listening/moves`, move),
  newRound: (spaceId: string, speakerMemberId: string) =>
    api.post<TListeningView>(`${stepBase(spaceId)}/listening/rounds`, { speakerMemberId }),
  end: (spaceId: string) => api.post<TListeningView>(`${stepBase(spaceId)}/listening/end`),
};
