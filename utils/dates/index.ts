/**
 * Dates for the whole extension, in one place:
 * - `civil`: calendar days with no zone, as parts (`CivilDate`) or ISO days
 *   ('YYYY-MM-DD'), and their arithmetic;
 * - `zones`: instants on a wall clock in an IANA zone, and the day an instant
 *   falls on for the user;
 * - `names`: month and weekday names, and days written for people.
 */
export * from './civil';
export * from './names';
export * from './zones';
