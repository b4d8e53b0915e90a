/**
 * Accounts, sign-in, personal access tokens and the security set-up. Other modules ask
 * {@link org.atelier.identity.CurrentUser} who is calling and {@link org.atelier.identity.Accounts}
 * about users.
 */
@org.jspecify.annotations.NullMarked
package org.atelier.identity;
