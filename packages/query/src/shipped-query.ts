import { shippedArchive } from '@asylum-archive/core';
import { createQuery } from './create-query';

/** The query library bound to the archive that ships in @asylum-archive/core. */
export const shippedQuery = createQuery(shippedArchive);

/** `shippedQuery.query`: runs a query line on the shipped archive. */
export const query = shippedQuery.query;
/** `shippedQuery.formatResult`: renders a result of the shipped archive. */
export const formatResult = shippedQuery.formatResult;
/** `shippedQuery.describeSource`: where a hit of the shipped archive comes from. */
export const describeSource = shippedQuery.describeSource;
