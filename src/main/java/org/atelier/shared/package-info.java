/**
 * What every module needs and nothing more: the not-found signal, error rendering for pages and
 * the API, the locale set-up and the page layout model.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.atelier.shared;
