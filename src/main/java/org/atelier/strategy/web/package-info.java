@org.jspecify.annotations.NullMarked
package org.atelier.strategy.web;
