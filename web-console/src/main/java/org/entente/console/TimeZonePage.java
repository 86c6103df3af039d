package org.entente.console;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The time zone dates and times are shown in, chosen from every zone Java knows, remembered in a cookie. */
@Controller
class TimeZonePage {

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")).sorted().toList();

    private final Formats formats;

    TimeZonePage(Formats formats) {
        this.formats = formats;
    }

    @GetMapping("/time-zone")
    String page(Model model) {
        model.addAttribute("zones", ZONES);
        model.addAttribute("current", formats.zone().getId());
        model.addAttribute("now", Instant.now());
        return "time-zone";
    }

    /** An id Java does not know is a 400 naming the field, not a cookie that every later page would ignore. */
    @PostMapping("/time-zone")
    String choose(@RequestParam(defaultValue = "") String zone, HttpServletResponse response, Model model) {
        return UserTimeZone.parse(zone).map(chosen -> {
            UserTimeZone.remember(response, chosen);
            return "redirect:/time-zone?saved";
        }).orElseGet(() -> {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("unknownZone", zone);
            return page(model);
        });
    }
}
