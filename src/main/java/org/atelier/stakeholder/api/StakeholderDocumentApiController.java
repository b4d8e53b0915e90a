package org.atelier.stakeholder.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atelier.stakeholder.DocumentUpload;
import org.atelier.stakeholder.DocumentView;
import org.atelier.stakeholder.StakeholderDocuments;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * REST API of the documents attached to an organisation (letters of commitment, agreements).
 * Members list and download; partners and coordinators attach (multipart) and remove.
 */
@RestController
@RequestMapping("/api/v1/ateliers/{id}/stakeholders/{sid}/documents")
@Tag(name = "Stakeholders")
class StakeholderDocumentApiController {

	private final StakeholderDocuments documents;

	StakeholderDocumentApiController(StakeholderDocuments documents) {
		this.documents = documents;
	}

	@GetMapping
	@Operation(summary = "The organisation's documents, newest first")
	List<DocumentJson> list(@PathVariable long id, @PathVariable long sid) {
		return documents.list(id, sid).stream().map(d -> DocumentJson.of(id, d)).toList();
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach a document (partners, coordinators)", description = "Multipart parts: file, title, kind "
			+ "(letter-of-commitment, agreement, other), signedOn (yyyy-mm-dd, optional). PDF, PNG, JPEG, DOCX and ODT "
			+ "are accepted, recognised by their content.")
	@ApiResponse(responseCode = "201", description = "Attached; Location names the document")
	@ApiResponse(responseCode = "400", description = "Invalid fields, each named in errors (file: missing, too large, format)")
	@ApiResponse(responseCode = "413", description = "The request is larger than the server accepts at all")
	ResponseEntity<DocumentJson> attach(@PathVariable long id, @PathVariable long sid,
			@RequestPart(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String title, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String signedOn) {
		DocumentView attached = documents.attach(id, sid, new DocumentUpload(title, kind, signedOn,
				file == null ? null : file.getOriginalFilename(), file == null ? 0 : file.getSize(), file));
		return ResponseEntity.created(URI.create("/api/v1/ateliers/" + id + "/stakeholders/" + sid + "/documents/"
				+ attached.id())).body(DocumentJson.of(id, attached));
	}

	@GetMapping("/{did}")
	@Operation(summary = "One document's details")
	DocumentJson get(@PathVariable long id, @PathVariable long sid, @PathVariable long did) {
		return DocumentJson.of(id, documents.view(id, sid, did));
	}

	@GetMapping("/{did}/content")
	@Operation(summary = "The document itself", description = "As an attachment, in the format recognised on upload.")
	ResponseEntity<byte[]> content(@PathVariable long id, @PathVariable long sid, @PathVariable long did) {
		return documents.file(id, sid, did).asAttachment();
	}

	@DeleteMapping("/{did}")
	@Operation(summary = "Remove a document (partners, coordinators)")
	@ApiResponse(responseCode = "204", description = "Removed")
	ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long sid, @PathVariable long did) {
		documents.remove(id, sid, did);
		return ResponseEntity.noContent().build();
	}
}
