/** Ateliers (workspaces), their members and roles, and who may see and change what in them. */
@org.jspecify.annotations.NullMarked
package org.atelier.atelier;
