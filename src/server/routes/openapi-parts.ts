import { z } from 'zod';
import { errorSchema } from '../../contracts/common.js';

/** A JSON response (or part of one) in a route's OpenAPI description. */
export const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

/** A required JSON request body. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({ required: true, content: { 'application/json': { schema } } });

/** A file response (a calendar, a report, a CSV) of one media type. */
export const fileResponse = (type: string, description: string) => ({ description, content: { [type]: { schema: z.string() } } });

/** The failures of the loop's routes: bad input, an unknown record, a step out of the loop's order. */
export const loopFailures = {
  400: json(errorSchema, 'Invalid input'),
  404: json(errorSchema, 'No such record'),
  409: json(errorSchema, 'Not allowed at this stage of the loop'),
};

/** Headers of a download: its type and the name a browser saves it under. */
export const download = (type: string, name: string) => ({ 'content-type': type, 'content-disposition': `attachment; filename="${name}"` });
