/**
 * Related content beside a page, without the page's module knowing who contributes it.
 *
 * <p>A page about a phase or a building block of the method (or an atelier's lifecycle) asks
 * {@link org.atelier.shared.related.RelatedContents} for panels on its {@link RelatedContent.Topic};
 * every {@link org.atelier.shared.related.RelatedContent} bean may answer with one panel: a
 * Thymeleaf fragment of its own module and the data it renders. The page includes them through
 * {@code fragments/related :: panels(${relatedPanels})}.
 */
@org.jspecify.annotations.NullMarked
package org.atelier.shared.related;
