package org.atelier.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.Theme;
import org.atelier.audit.AuditAction;
import org.atelier.audit.AuditTrail;
import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
import org.atelier.testsupport.DatabaseTest;
import org.atelier.testsupport.HttpSession;
import org.atelier.testsupport.MultipartBody;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Documents attached to an organisation over real HTTP: upload, list, download with a safe name,
 * content checked by its bytes, the size cap, other ateliers' documents, roles and the audit trail.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StakeholderDocumentApiTest {

	private static final HttpClient HTTP = HttpClient.newHttpClient();
	private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AtelierService ateliers;

	@Autowired
	AtelierMembers members;

	@Autowired
	StakeholderRegister register;

	@Autowired
	StakeholderDocuments documents;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	AccountView coordinator;
	AccountView observer;
	long atelier;
	long organisation;

	@BeforeEach
	void register() {
		coordinator = TestUsers.create(accounts, "doc-coord");
		observer = TestUsers.create(accounts, "doc-observer");
		atelier = atelier("Letters");
		organisation = organisation(atelier);
	}

	@Test
	void aSignedLetterIsAttachedListedAndDownloaded() throws Exception {
		var created = upload(coordinator, new MultipartBody().field("title", "Letter of intent").field("kind", "letter-of-commitment")
			.field("signedOn", "2026-02-14").file("file", "../../letter.pdf", "text/plain", PDF));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long id = idOf(created.body());
		assertThat(created.headers().firstValue("Location")).hasValue(documentsPath() + "/" + id);
		assertThat(created.body()).contains("\"fileName\":\"letter.pdf\"").contains("\"kind\":\"letter-of-commitment\"")
			.contains("\"mediaType\":\"application/pdf\"").contains("\"signedOn\":\"2026-02-14\"");
		String stored = TestUsers.as(coordinator, () -> documents.view(atelier, organisation, id)).storedName();
		assertThat(stored).matches("[0-9a-f-]{36}\\.pdf");

		var list = get(documentsPath(), observer);
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("Letter of intent").doesNotContain("JVBER"); // never the bytes (base64 of %PDF)

		var download = getBytes(documentsPath() + "/" + id + "/content", observer);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(PDF);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
			.contains("letter.pdf");

		var page = new HttpSession(port);
		page.signIn(observer.username(), TestUsers.PASSWORD);
		var pageDownload = page.send(page.request("/ateliers/" + atelier + "/stakeholders/" + organisation + "/documents/" + id)
			.GET());
		assertThat(pageDownload.statusCode()).isEqualTo(200);
		assertThat(pageDownload.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
	}

	@Test
	void aHostileFileNameIsDownloadedUnderASafeOne() throws Exception {
		long id = TestUsers.as(coordinator, () -> documents.attach(atelier, organisation, new DocumentUpload("Agreement",
				"agreement", null, "../../evil\"\r\nname.pdf", PDF.length, new ByteArrayResource(PDF))).id());
		var download = getBytes(documentsPath() + "/" + id + "/content", coordinator);
		String disposition = download.headers().firstValue("Content-Disposition").orElseThrow();
		assertThat(disposition).startsWith("attachment;").contains("evil_name.pdf")
			.doesNotContain("\r").doesNotContain("\n").doesNotContain("../").doesNotContain("\\\"");
		assertThat(get(documentsPath() + "/" + id, coordinator).body()).contains("\"fileName\":\"evil_name.pdf\"");
	}

	@Test
	void aProgramOrAWebPageNamedPdfIsRefusedOnTheFileField() throws Exception {
		byte[] exe = new byte[256];
		exe[0] = 'M';
		exe[1] = 'Z';
		byte[] html = "<!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
		for (byte[] content : new byte[][] { exe, html }) {
			var refused = upload(coordinator, new MultipartBody().field("title", "Not a letter").field("kind", "other")
				.file("file", "letter.pdf", "application/pdf", content));
			assertThat(refused.statusCode()).isEqualTo(400);
			assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(refused.body()).contains("\"field\":\"file\"").contains("only PDF, PNG, JPEG");
		}
		var spanish = HTTP.send(request(documentsPath(), coordinator).header("Accept-Language", "es")
			.header("Content-Type", "multipart/form-data; boundary=x").POST(HttpRequest.BodyPublishers.ofString(
					"--x\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nT\r\n--x\r\nContent-Disposition: form-data; "
							+ "name=\"kind\"\r\n\r\nother\r\n--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
							+ "Content-Type: application/pdf\r\n\r\nMZ\r\n--x--\r\n"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(spanish.statusCode()).isEqualTo(400);
		assertThat(spanish.body()).contains("\"field\":\"file\"").contains("solo se aceptan");
		assertThat(count()).isZero();
	}

	@Test
	void aFileOverTheCapIsRefusedCleanlyAndNothingIsStored() throws Exception {
		byte[] justOver = Arrays.copyOf(PDF, (int) documents.maxSize() + 1);
		var refused = upload(coordinator, new MultipartBody().field("title", "Big").field("kind", "agreement")
			.file("file", "big.pdf", "application/pdf", justOver));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("\"field\":\"file\"").contains("larger than 10 MB");

		byte[] huge = Arrays.copyOf(PDF, 14 * 1024 * 1024);
		var tooBig = upload(coordinator, new MultipartBody().field("title", "Huge").field("kind", "agreement")
			.file("file", "huge.pdf", "application/pdf", huge));
		assertThat(tooBig.statusCode()).isEqualTo(413);

		var page = new HttpSession(port);
		page.signIn(coordinator.username(), TestUsers.PASSWORD);
		page.get("/ateliers/" + atelier + "/stakeholders/" + organisation);
		var pageTooBig = page.postMultipart("/ateliers/" + atelier + "/stakeholders/" + organisation + "/documents",
				new MultipartBody().field("title", "Huge").field("kind", "agreement")
					.file("file", "huge.pdf", "application/pdf", huge));
		assertThat(pageTooBig.statusCode()).as(pageTooBig.body()).isEqualTo(413);
		assertThat(count()).isZero();
	}

	@Test
	void anotherAteliersDocumentAnswersNotFound() throws Exception {
		long elsewhere = atelier("Elsewhere");
		long theirOrganisation = organisation(elsewhere);
		long theirs = TestUsers.as(coordinator, () -> documents.attach(elsewhere, theirOrganisation,
				new DocumentUpload("Their agreement", "agreement", null, "a.pdf", PDF.length, new ByteArrayResource(PDF))).id());
		assertThat(get(documentsPath() + "/" + theirs, coordinator).statusCode()).isEqualTo(404);
		assertThat(getBytes(documentsPath() + "/" + theirs + "/content", coordinator).statusCode()).isEqualTo(404);
		assertThat(send("DELETE", documentsPath() + "/" + theirs, coordinator).statusCode()).isEqualTo(404);
		// the right atelier but another organisation of it
		long sibling = organisation(elsewhere);
		assertThat(get("/api/v1/ateliers/" + elsewhere + "/stakeholders/" + sibling + "/documents/" + theirs, coordinator)
			.statusCode()).isEqualTo(404);
		var page = new HttpSession(port);
		page.signIn(coordinator.username(), TestUsers.PASSWORD);
		assertThat(page.get("/ateliers/" + atelier + "/stakeholders/" + organisation + "/documents/" + theirs).statusCode())
			.isEqualTo(404);
	}

	@Test
	void observersDownloadButCannotAttachOrRemove() throws Exception {
		var refused = upload(observer, new MultipartBody().field("title", "Letter").field("kind", "other")
			.file("file", "letter.pdf", "application/pdf", PDF));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(count()).isZero();
		long id = TestUsers.as(coordinator, () -> documents.attach(atelier, organisation,
				new DocumentUpload("Covenant", "other", null, "covenant.pdf", PDF.length, new ByteArrayResource(PDF))).id());
		assertThat(getBytes(documentsPath() + "/" + id + "/content", observer).statusCode()).isEqualTo(200);
		assertThat(send("DELETE", documentsPath() + "/" + id, observer).statusCode()).isEqualTo(403);
		assertThat(count()).isOne();
	}

	@Test
	void removingADocumentIsAudited() throws Exception {
		var created = upload(coordinator, new MultipartBody().field("title", "Partnership agreement").field("kind", "agreement")
			.file("file", "agreement.pdf", "application/pdf", PDF));
		long id = idOf(created.body());
		assertThat(send("DELETE", documentsPath() + "/" + id, coordinator).statusCode()).isEqualTo(204);
		assertThat(get(documentsPath() + "/" + id, coordinator).statusCode()).isEqualTo(404);
		assertThat(count()).isZero();
		assertThat(jdbc.sql("select count(*) from stakeholder_document_content where document_id = :d").param("d", id)
			.query(Long.class).single()).isZero();
		var history = audit.of(StakeholderDocuments.AUDIT_TYPE, String.valueOf(id));
		assertThat(history).extracting(e -> e.action()).containsExactly(AuditAction.CREATED, AuditAction.DELETED);
		assertThat(history.getLast().actorUsername()).isEqualTo(coordinator.username());
		assertThat(history.getLast().changes()).anySatisfy(c -> assertThat(c.oldValue()).isEqualTo("Partnership agreement"));
	}

	private String documentsPath() {
		return "/api/v1/ateliers/" + atelier + "/stakeholders/" + organisation + "/documents";
	}

	private long atelier(String name) {
		return TestUsers.as(coordinator, () -> {
			long id = ateliers.create(new AtelierInput(TestUsers.uniqueName(name), "Rotterdam", null, Theme.ENERGY, null,
					null, null)).id();
			members.add(id, observer.username(), "OBSERVER");
			return id;
		});
	}

	private long organisation(long atelierId) {
		return TestUsers.as(coordinator, () -> register.create(atelierId, StakeholderInput.parse(
				TestUsers.uniqueName("Port authority"), "company", "industry", null, false, null, "4", "4", false, false,
				false, "neutral", "supportive")).id());
	}

	private long count() {
		return jdbc.sql("select count(*) from stakeholder_document where atelier_id = :a").param("a", atelier)
			.query(Long.class).single();
	}

	private static long idOf(String json) {
		Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(json);
		assertThat(m.find()).as(json).isTrue();
		return Long.parseLong(m.group(1));
	}

	private HttpRequest.Builder request(String path, AccountView user) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", HttpSession.basic(user.username(), TestUsers.PASSWORD));
	}

	private HttpResponse<String> upload(AccountView user, MultipartBody body) throws Exception {
		return HTTP.send(request(documentsPath(), user).header("Accept-Language", "en")
			.header("Content-Type", body.contentType()).POST(body.publisher()).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path, AccountView user) throws Exception {
		return send("GET", path, user);
	}

	private HttpResponse<String> send(String method, String path, AccountView user) throws Exception {
		return HTTP.send(request(path, user).header("Accept-Language", "en")
			.method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<byte[]> getBytes(String path, AccountView user) throws Exception {
		return HTTP.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}
}
