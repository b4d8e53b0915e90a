/**
 * The demo installation a newcomer sees on first start: the Republica atelier in Amsterdam and an
 * atelier in Bilbao, with their people, created through the other modules' services.
 */
@org.jspecify.annotations.NullMarked
package org.atelier.demo;
