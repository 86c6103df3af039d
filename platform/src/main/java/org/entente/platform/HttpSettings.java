package org.entente.platform;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/** The largest request body the API reads (413 beyond); uploads have Spring's multipart limits instead. */
@Validated
@ConfigurationProperties("entente.http")
public record HttpSettings(@NotNull @DefaultValue("1MB") DataSize maxBodySize) {
}
