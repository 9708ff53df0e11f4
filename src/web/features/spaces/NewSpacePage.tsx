import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { SPACE_LIMITS, type TCreateSpace, ZCreateSpace } from "../../../contracts/spaces.ts";
import { SIDES, SPACE_KINDS } from "../../../domain/spaces/sides.ts";
import { spacesApi } from "../../api/endpoints.ts";
import { keys } from "../../api/queries.ts";
import { KIND_LABELS, SIDE_CHOICES } from "../../app/labels.ts";
import { Page } from "../../app/Page.tsx";
import { Button, ButtonLink } from "../../components/Button.tsx";
import { Card } from "../../components/Card.tsx";
import {
  describeError,
  type FieldErrors,
  FormAlert,
  focusFirstInvalid,
  validate,
} from "../../components/forms.tsx";
import { RadioGroup } from "../../components/RadioGroup.tsx";
import { TextField } from "../../components/TextField.tsx";

type Kind = TCreateSpace["kind"];
type Side = TCreateSpace["side"];

const SIDE_DESCRIPTIONS: Record<Side, string> = {
  broke_trust: "You want to understand the hurt you caused and make it right.",
  was_hurt: "You want to be heard, and to see whether trust can grow again.",
  both_hurt: "Each of you hurt the other; you will both speak and both listen.",
};

export function NewSpacePage() {
  const navigate = useNavigate();
  const client = useQueryClient();
  const [title, setTitle] = useState("");
  const [kind, setKind] = useState<Kind | "">("");
  const [side, setSide] = useState<Side | "">("");
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: spacesApi.create,
    onSuccess: (home) => {
      client.setQueryData(keys.space(home.space.id), home);
      client.invalidateQueries({ queryKey: keys.spaces, exact: true });
      navigate(`/spaces/${home.space.id}`);
    },
  });
  const server = describeError(mutation.error);
  const fields = { ...(server?.fields ?? {}), ...localErrors };

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(ZCreateSpace, {
      title,
      kind: kind || undefined,
      side: side || undefined,
    });
    if (!checked.ok) {
      setLocalErrors(checked.fields);
      mutation.reset();
      focusFirstInvalid(event.currentTarget as HTMLFormElement);
      return;
    }
    setLocalErrors({});
    mutation.mutate(checked.data);
  }

  return (
    <Page
      title="Start a space"
      width="narrow"
      lead={
        <p>
          A space is where the two of you will work through the steps. Only the two of you can see
          it. You can invite the other person on the next page.
        </p>
      }
    >
      <Card>
        <form className="form" onSubmit={submit} noValidate aria-label="Start a space">
          <FormAlert message={server?.message ?? null} />
          <TextField
            label="A name for this space"
            name="title"
            hint="Something you would both recognise, like “Us” or “Sam and me”. The other person will see it."
            value={title}
            onChange={setTitle}
            maxLength={SPACE_LIMITS.title}
            showCounter
            error={fields.title}
            required
          />
          <RadioGroup
            legend="Who is the other person to you?"
            name="kind"
            options={SPACE_KINDS.map((value) => ({ value, label: KIND_LABELS[value] }))}
            value={kind}
            onChange={setKind}
            error={fields.kind}
            inline
          />
          <RadioGroup
            legend="Which is closest to where you stand?"
            name="side"
            hint="There is no wrong answer. It decides who writes and who sets the pace in each step."
            options={SIDES.map((value) => ({
              value,
              label: SIDE_CHOICES[value],
              description: SIDE_DESCRIPTIONS[value],
            }))}
            value={side}
            onChange={setSide}
            error={fields.side}
          />
          <div className="form__actions">
            <Button type="submit" busy={mutation.isPending} busyLabel="Starting…">
              Start the space
            </Button>
            <ButtonLink to="/spaces" variant="quiet">
              Cancel
            </ButtonLink>
          </div>
        </form>
      </Card>
    </Page>
  );
}
