/** Engineering time: its hourly cost and the hours each option takes to build and keep running. */
import { HOURS, type NumberSpecs } from './field-spec.ts';

/** The hourly rate and every effort in hours, in display order. */
export const PEOPLE_FIELDS = {
  hourlyRate: {
    label: 'Engineering hourly rate',
    default: 150,
    unit: '$/h',
    min: 0,
    max: 2_000,
    step: 5,
    sliderMax: 400,
    group: 'people',
    help: 'Fully loaded cost of one hour of engineering time.',
  },
  promptSetupHours: {
    ...HOURS,
    label: 'Prompt setup effort',
    default: 0,
    min: 0,
    max: 100_000,
    sliderMax: 500,
    help: 'One-time hours to build the prompting solution; 0 if it is already live.',
  },
  promptMaintenanceHoursPerMonth: {
    ...HOURS,
    label: 'Prompt upkeep per month',
    default: 0,
    min: 0,
    max: 10_000,
    sliderMax: 160,
    help: 'Hours each month spent keeping the prompt working.',
  },
  engineeringHoursInitial: {
    ...HOURS,
    label: 'Fine-tuning build effort',
    default: 160,
    min: 0,
    max: 100_000,
    sliderMax: 1_000,
    help: 'One-time hours to build the data pipeline, train, evaluate and deploy the model.',
  },
  engineeringHoursPerRetrain: {
    ...HOURS,
    label: 'Effort per retrain',
    default: 40,
    min: 0,
    max: 100_000,
    sliderMax: 400,
    help: 'Hours of engineering each retrain takes.',
  },
  maintenanceHoursPerMonth: {
    ...HOURS,
    label: 'Fine-tuned model upkeep per month',
    default: 8,
    min: 0,
    max: 10_000,
    sliderMax: 160,
    help: 'Hours each month for monitoring and operating the fine-tuned model.',
  },
} satisfies NumberSpecs;
