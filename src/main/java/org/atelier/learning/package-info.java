/** Learning: the cross-city lessons base, its full-text search and the lessons suggested beside the method. */
@NullMarked
package org.atelier.learning;

import org.jspecify.annotations.NullMarked;
