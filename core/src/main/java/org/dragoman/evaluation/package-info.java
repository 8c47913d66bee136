/**
 * Measuring name matching: the dev-set protocol of issue 3 (one document per spelling, every
 * spelling as a query, recall over same-entity pairs, precision, merged negative pairs) run against
 * any {@link org.dragoman.evaluation.NameSearchEngine}. Nothing here prints; callers format the
 * {@link org.dragoman.evaluation.NameEvaluationResult}.
 */
package org.dragoman.evaluation;
