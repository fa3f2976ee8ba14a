import { provenanceLabels } from '@/components/provenance-badge';
import type { ProvenanceKind } from '@/domain/provenance';
import { provenanceKinds } from '@/domain/provenance-kinds';
import type { Locale } from '@/lib/locale';
import { defineMessages, type MessageDescriptor } from '@/lib/messages';

const messages = defineMessages({
  sourced: {
    id: 'present.provenance.sourced',
    defaultMessage: 'Sourced',
    description: 'Kind of a figure: seen in a named public source. Read out beside the ● mark.',
  },
  sourcedMeaning: {
    id: 'present.provenance.sourced-meaning',
    defaultMessage: 'Seen in a named public source.',
    description: 'What "Sourced" means, in the speaker notes of the sources slide.',
  },
  announcement: {
    id: 'present.provenance.announcement',
    defaultMessage: 'Announcement',
    description:
      'Kind of a figure: stated only in the 2022 Letter of Intent announcement. Beside the ◆ mark.',
  },
  announcementMeaning: {
    id: 'present.provenance.announcement-meaning',
    defaultMessage: 'Stated in the 2022 Letter of Intent announcement only; not checked elsewhere.',
    description: 'What "Announcement" means, in the speaker notes of the sources slide.',
  },
  estimate: {
    id: 'present.provenance.estimate',
    defaultMessage: 'Estimate',
    description: 'Kind of a figure: rounded, converted or derived by us. Beside the ≈ mark.',
  },
  estimateMeaning: {
    id: 'present.provenance.estimate-meaning',
    defaultMessage:
      'Rounded, converted, derived, classified or placed by us, or from a weaker source; says how.',
    description: 'What "Estimate" means, in the speaker notes of the sources slide.',
  },
  illustrative: {
    id: 'present.provenance.illustrative',
    defaultMessage: 'Illustrative',
    description:
      'Kind of a figure: made by our generator where no public breakdown exists, NOT a real figure. Beside the ✳ mark. Must be unmistakable.',
  },
  illustrativeMeaning: {
    id: 'present.provenance.illustrative-meaning',
    defaultMessage: 'Made by our seeded generator where no public breakdown exists. Not a real figure.',
    description: 'What "Illustrative" means, in the speaker notes of the sources slide.',
  },
  legend: {
    id: 'present.provenance.legend',
    defaultMessage: '{mark} {label}: {meaning}',
    description: 'One entry of the key to the marks: "● Sourced: Seen in a named public source."',
  },
});

const words: Record<ProvenanceKind, [MessageDescriptor, MessageDescriptor]> = {
  sourced: [messages.sourced, messages.sourcedMeaning],
  announcement: [messages.announcement, messages.announcementMeaning],
  estimate: [messages.estimate, messages.estimateMeaning],
  illustrative: [messages.illustrative, messages.illustrativeMeaning],
};

/** The kind in a word, in the deck's language: "Sourced", "有来源", "ماخذ شدہ". */
export const provenanceWord = (t: Locale, kind: ProvenanceKind): string => t.format(words[kind][0]);

/** The key to the marks, one sentence per kind, for the sources slide's notes. */
export const provenanceLegend = (t: Locale): string =>
  provenanceKinds
    .map((kind) =>
      t.format(messages.legend, {
        mark: provenanceLabels[kind].mark,
        label: provenanceWord(t, kind),
        meaning: t.format(words[kind][1]),
      }),
    )
    .join(' ');
