package db.migration;

/**
 * Fills the confirmation level of the events recorded after V16.1 filled it (the call of
 * 29 April 2026, V18), and of those whose sources' voices V22 set: the same work as
 * {@link V16_1__Confirmation_levels}, by the rules and words the app uses on every write.
 */
public class V22_1__Confirmation_levels_again extends V16_1__Confirmation_levels {

}
