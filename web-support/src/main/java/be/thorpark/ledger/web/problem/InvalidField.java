package be.thorpark.ledger.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One invalid input of a request, as listed under {@code errors} in a problem response.
 *
 * @param field the JSON path of the field ({@code contact.email}, {@code sources[1].committed}) or
 *     the name of the request parameter; null when the problem concerns the request as a whole
 * @param message what is wrong with it, in words a client can show
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InvalidField(String field, String message) {}
