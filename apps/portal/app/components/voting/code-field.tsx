import { TextInput } from "@hearth/ui";
import type { useFormMessages } from "@hearth/ui/remix";

/**
 * A box for a code printed on paper (a voting code, a receipt code): no
 * autocomplete or spell-checking, capitals on phone keyboards, and what was
 * typed kept after an error.
 */
export function CodeField({ name, label, hint, messages }: { name: string; label: string; hint: string; messages: ReturnType<typeof useFormMessages> }) {
  return (
    <TextInput
      id={name}
      name={name}
      label={label}
      labelSize="m"
      hint={hint}
      error={messages.field(name)}
      defaultValue={messages.value(name) ?? ""}
      autoComplete="off"
      autoCapitalize="characters"
      spellCheck={false}
      width={20}
    />
  );
}
