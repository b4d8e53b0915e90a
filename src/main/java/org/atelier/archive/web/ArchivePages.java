package org.atelier.archive.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.atelier.archive.ArchiveService;
import org.atelier.archive.ArchiveTooLarge;
import org.atelier.archive.ImportResult;
import org.atelier.archive.ReplicaInput;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.AtelierView;
import org.atelier.atelier.Theme;
import org.atelier.shared.ConflictException;
import org.atelier.shared.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The archive pages: download an atelier's archive, import one on {@code /ateliers/import}
 * (every problem of a refused archive listed with its location), and the form that starts a new
 * atelier from another one's structure.
 */
@Controller
class ArchivePages {

	private final ArchiveService archives;
	private final AtelierService ateliers;
	private final MessageSource messages;

	ArchivePages(ArchiveService archives, AtelierService ateliers, MessageSource messages) {
		this.archives = archives;
		this.ateliers = ateliers;
		this.messages = messages;
	}

	@GetMapping("/ateliers/{id}/export")
	ResponseEntity<byte[]> export(@PathVariable long id) {
		ArchiveService.Archive archive = archives.export(id);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(archive.fileName()).build().toString())
			.contentType(MediaType.parseMediaType("application/zip"))
			.body(archive.content());
	}

	@GetMapping("/ateliers/import")
	String importForm(Model model) {
		model.addAttribute("problems", List.of());
		return "archive/import";
	}

	@PostMapping("/ateliers/import")
	String importArchive(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(name = "name", required = false) @Nullable String name, Model model,
			RedirectAttributes redirect) throws IOException {
		model.addAttribute("name", name);
		if (file == null || file.isEmpty()) {
			model.addAttribute("problems", List.of(new Problem(null, text("archive.page.noFile"))));
			return "archive/import";
		}
		try (InputStream in = file.getInputStream()) {
			ImportResult result = archives.importArchive(archives.read(in), name);
			redirect.addFlashAttribute("flash", text("archive.page.imported", result.name()));
			if (result.skipped().isEmpty()) {
				return "redirect:/ateliers/" + result.atelierId();
			}
			redirect.addFlashAttribute("skipped", result.skipped());
			return "redirect:/ateliers/" + result.atelierId() + "/import-report";
		}
		catch (ArchiveTooLarge tooLarge) {
			model.addAttribute("problems",
					List.of(new Problem(null, text("archive.tooLarge", tooLarge.maxBytes() / (1024 * 1024)))));
		}
		catch (FieldProblem problem) {
			model.addAttribute("problems", problem.violations().stream()
				.map(v -> new Problem(v.field(), text(v.messageKey(), v.args()))).toList());
		}
		catch (ConflictException taken) {
			// the name is in use in that city: choose another one in the form
			model.addAttribute("problems", List.of(new Problem(null, text(taken.messageKey(), taken.args()))));
		}
		return "archive/import";
	}

	/** After an import: the new atelier, and the people of the archive who have no account here. */
	@GetMapping("/ateliers/{id}/import-report")
	String importReport(@PathVariable long id, Model model) {
		model.addAttribute("atelier", ateliers.view(id));
		if (!model.containsAttribute("skipped")) {
			return "redirect:/ateliers/" + id;
		}
		return "archive/report";
	}

	/** A problem of a refused archive: where (entry name and JSON path, or null for the upload) and what. */
	record Problem(@Nullable String location, String message) {
	}

	@GetMapping("/ateliers/{id}/replicate")
	String replicateForm(@PathVariable long id, Model model) {
		AtelierView source = coordinatorView(id);
		model.addAttribute("replicaForm", new ReplicaForm(null, null, null, source.theme().name()));
		return replicaPage(source, model);
	}

	@PostMapping("/ateliers/{id}/replicate")
	String replicate(@PathVariable long id, @ModelAttribute ReplicaForm replicaForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		AtelierView source = coordinatorView(id);
		try {
			ImportResult replica = archives.replicate(id, new ReplicaInput(replicaForm.name(), replicaForm.city(),
					replicaForm.district(), replicaForm.theme()));
			redirect.addFlashAttribute("flash", text("archive.replica.created", replica.name(), source.name()));
			return "redirect:/ateliers/" + replica.atelierId();
		}
		catch (FieldProblem problem) {
			problem.violations().forEach(v -> result.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey()));
			return replicaPage(source, model);
		}
		catch (ConflictException taken) {
			result.rejectValue("name", taken.messageKey(), taken.args(), taken.messageKey());
			return replicaPage(source, model);
		}
	}

	private AtelierView coordinatorView(long id) {
		AtelierView source = ateliers.view(id);
		if (!source.coordinator()) {
			throw new AccessDeniedException("coordinators start ateliers from this one");
		}
		return source;
	}

	private String replicaPage(AtelierView source, Model model) {
		model.addAttribute("atelier", source);
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> themes = new LinkedHashMap<>();
		for (Theme t : Theme.values()) {
			themes.put(t.name(), messages.getMessage("atelier.theme." + t.name(), null, locale));
		}
		model.addAttribute("themes", themes);
		return "archive/replicate";
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
