package org.entente.platform.spreadsheet;

import java.util.List;
import java.util.Locale;

/**
 * What a file imports (a service's enum of its kinds), and its columns in the order templates
 * and exports show them. A column's headers in each language are in the service's
 * {@code imports/columns} bundle, keyed {@code KIND.column}.
 */
public interface ImportKind {

    /** The key of the kind in bundles and on stored imports, e.g. AGREEMENTS. */
    String name();

    List<String> columns();

    /** How the API names the kind: {@code ?kind=agreements}. */
    default String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}
