import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { STAFF_RECORDED_CHANNELS } from "@hearth/domain/complaints";
import { Radios, TextInput, type LegendSize } from "@hearth/ui";
import type { useFormMessages } from "@hearth/ui/remix";

/**
 * How and when something the resident asked for reached us, when staff record
 * it for them (a complaint, a stage 2 request): the channel, and the date
 * received, which starts the Code's clock, so it defaults to today and
 * cannot be later.
 */
export function ReceivedFields({
  labels,
  size,
  today,
  earliest,
  messages,
}: {
  labels: { channel: string; receivedOn: string; receivedOnHint?: ReactNode };
  size: LegendSize;
  today: string;
  earliest?: string;
  messages: ReturnType<typeof useFormMessages>;
}) {
  const { t } = useTranslation("complaints");
  return (
    <>
      <Radios
        name="channel"
        legend={labels.channel}
        legendSize={size}
        defaultValue={messages.value("channel")}
        error={messages.field("channel")}
        items={STAFF_RECORDED_CHANNELS.map((channel) => ({ value: channel, label: t(`channel.${channel}`) }))}
      />
      <TextInput
        id="receivedOn"
        name="receivedOn"
        type="date"
        label={labels.receivedOn}
        labelSize={size}
        hint={labels.receivedOnHint}
        min={earliest}
        max={today}
        defaultValue={messages.value("receivedOn") ?? today}
        error={messages.field("receivedOn")}
      />
    </>
  );
}
