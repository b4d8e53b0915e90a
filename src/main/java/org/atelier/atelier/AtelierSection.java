package org.atelier.atelier;

/**
 * A section of an atelier's pages, listed in the atelier's sub-navigation. Each module that adds
 * pages inside an atelier declares them as a Spring bean implementing this interface; the
 * navigation shows the sections in {@link #order()} to people whose role reaches
 * {@link #visibleFrom()}.
 */
public interface AtelierSection {

	/** A stable key; a page passes it to the sub-navigation to mark itself as the current one. */
	String key();

	/** The message key of the section's name in the navigation. */
	String labelKey();

	/** The path of the section's page, starting with a slash, e.g. {@code /ateliers/7/members}. */
	String path(long atelierId);

	/** Where the section sits: Overview is 0, Members 800, History 900. */
	default int order() {
		return 500;
	}

	/** The weakest role that sees the section. */
	default AtelierRole visibleFrom() {
		return AtelierRole.OBSERVER;
	}

	/** A section at {@code /ateliers/{id}} followed by {@code suffix}, for everyone from {@code visibleFrom} up. */
	static AtelierSection of(String key, String labelKey, String suffix, int order, AtelierRole visibleFrom) {
		record Fixed(String key, String labelKey, String suffix, int order, AtelierRole visibleFrom)
				implements AtelierSection {

			@Override
			public String path(long atelierId) {
				return "/ateliers/" + atelierId + suffix;
			}
		}
		return new Fixed(key, labelKey, suffix, order, visibleFrom);
	}

	/** Like {@link #of(String, String, String, int, AtelierRole)}, visible to every member. */
	static AtelierSection of(String key, String labelKey, String suffix, int order) {
		return of(key, labelKey, suffix, order, AtelierRole.OBSERVER);
	}
}
