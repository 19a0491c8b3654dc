package be.thorpark.ledger.query.view;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The query parameters every view shares: paging, the business {@code date} (default today),
 * read-your-writes ({@code minPosition}) and time travel ({@code asOfPosition} or {@code
 * asOfTime}).
 */
public record ViewQuery(
        Integer page,
        Integer size,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        Long minPosition,
        Long asOfPosition,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOfTime) {

    public PageRequest pageRequest() {
        return PageRequest.of(page, size);
    }

    public LocalDate businessDate() {
        return BusinessCalendar.dateOrToday(date);
    }
}
