import type { GetInputPropsOptions, GetInputPropsReturnType } from '@mantine/form';

/** A form's `getInputProps`, so shared field groups can bind inputs of any record's form. */
export type BindInput = (path: string, options?: GetInputPropsOptions) => GetInputPropsReturnType;
