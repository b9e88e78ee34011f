/** The readiness answers: yes/no questions read only by the advisor. */
import { type YesNoSpecs } from './field-spec.ts';

/** The readiness questions, in display order. */
export const READINESS_FIELDS = {
  triedPromptEngineering: {
    label: 'We tried prompt engineering and few-shot examples',
    default: false,
    group: 'readiness',
    help: 'Better instructions and examples often close the gap without any training.',
  },
  triedRag: {
    label: 'We tried retrieval (RAG)',
    default: false,
    group: 'readiness',
    help: 'Retrieving relevant documents into the prompt adds knowledge without training.',
  },
  needsFreshKnowledge: {
    label: 'Answers need facts that change often',
    default: false,
    group: 'readiness',
    help: 'Prices, news, stock levels: anything newer than the last training run.',
  },
  requirementsChangeOften: {
    label: 'Requirements change often',
    default: false,
    group: 'readiness',
    help: 'A prompt changes in minutes; a retrain takes days.',
  },
  wantsGeneralCapability: {
    label: 'We need broad, general ability',
    default: false,
    group: 'readiness',
    help: 'Fine-tuning narrows a model to its task and can make it worse at others.',
  },
} satisfies YesNoSpecs;
