package org.jsis.border.stay;

import java.time.LocalDate;

/** Consecutive days spent beyond the allowed stay, both ends included, judged by {@code rule}. */
public record Overstay(LocalDate firstDay, LocalDate lastDay, StayRule rule) {

    public int days() {
        return (int) (lastDay.toEpochDay() - firstDay.toEpochDay() + 1);
    }
}
