package org.entente.platform.spreadsheet;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the spreadsheet import ({@code entente.imports.*}). The file size limit is the
 * multipart one ({@code spring.servlet.multipart.max-file-size}, 20 MB).
 *
 * @param maxRows rows of data a file may hold, beyond which it is refused whole
 * @param maxCellLength characters one cell may hold (Excel's own limit); a longer one refuses the file
 */
@ConfigurationProperties("entente.imports")
@Validated
record ImportSettings(
        @DefaultValue("50000") @Positive int maxRows,
        @DefaultValue("32767") @Positive int maxCellLength) {
}
