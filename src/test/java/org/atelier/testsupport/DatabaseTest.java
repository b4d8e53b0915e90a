package org.atelier.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * Marks a test that talks to the database (persistence, integration through HTTP). The
 * PostgreSQL leg of the CI runs exactly these tests again against PostgreSQL.
 */
@Target({ ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Tag("db")
public @interface DatabaseTest {
}
