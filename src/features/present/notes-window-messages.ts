/** The speaker notes window's words: its headings, controls, clocks and states. */
import { defineMessages } from '@/lib/messages';

export const notesWindowMessages = defineMessages({
  heading: {
    id: 'present.notes.heading',
    defaultMessage: 'Speaker notes',
    description: 'Heading of the notes window.',
  },
  waiting: {
    id: 'present.notes.waiting',
    defaultMessage: 'Waiting for the presentation window… Open the present view with the same filters.',
    description: 'Notes window, before the deck window answers.',
  },
  connected: {
    id: 'present.notes.connected',
    defaultMessage: 'In step with the presentation window.',
    description: 'Notes window, following the deck window.',
  },
  closed: {
    id: 'present.notes.closed',
    defaultMessage: 'The presentation window has closed.',
    description: 'Notes window, after the deck window closed.',
  },
  own: {
    id: 'present.notes.own',
    defaultMessage: 'Your notes for this slide (kept in this browser only)',
    description: 'Label of the box where the presenter types their own notes.',
  },
  count: {
    id: 'present.notes.count',
    defaultMessage: 'Slide {slide} of {count}',
    description: 'Where the deck is, in the notes window.',
  },
  countAuto: {
    id: 'present.notes.count-auto',
    defaultMessage:
      '{paused, select, yes {Slide {slide} of {count} · auto-advance every {seconds} s, paused} other {Slide {slide} of {count} · auto-advance every {seconds} s}}',
    description: 'Where the deck is, with the slides turning by themselves.',
  },
  fromData: {
    id: 'present.notes.from-data',
    defaultMessage: 'From the data',
    description: 'Heading over the notes written from the figures (each with its source).',
  },
  next: {
    id: 'present.notes.next',
    defaultMessage: 'Next: {title}',
    description: 'Heading over the preview of the next slide.',
  },
  last: {
    id: 'present.notes.last',
    defaultMessage: 'This is the last slide',
    description: 'In place of the next slide’s preview at the end of the deck.',
  },
  steer: {
    id: 'present.notes.steer',
    defaultMessage: 'Steer the presentation',
    description: 'Accessible name of the buttons that turn the deck’s slides.',
  },
  previous: {
    id: 'present.notes.previous',
    defaultMessage: 'Previous',
    description: 'Button: previous slide.',
  },
  nextButton: { id: 'present.notes.next-button', defaultMessage: 'Next', description: 'Button: next slide.' },
  resume: {
    id: 'present.notes.resume',
    defaultMessage: 'Resume auto-advance',
    description: 'Button: the slides turn by themselves again.',
  },
  pause: {
    id: 'present.notes.pause',
    defaultMessage: 'Pause auto-advance',
    description: 'Button: the slides stop turning by themselves.',
  },
});
