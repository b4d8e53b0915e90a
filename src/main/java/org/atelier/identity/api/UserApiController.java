package org.atelier.identity.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
import org.atelier.identity.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Accounts over the API: administrators create and list users; everyone reads themself. */
@RestController
@Tag(name = "Users", description = "Accounts of this installation")
class UserApiController {

	private final Accounts accounts;

	UserApiController(Accounts accounts) {
		this.accounts = accounts;
	}

	/** Body of POST /api/v1/users. */
	record NewUser(@Nullable String username, @Nullable String displayName, @Nullable String email,
			@Nullable String password, @Nullable Boolean admin) {
	}

	/** An account as the API shows it (never a password or hash). */
	record UserJson(long id, String username, String displayName, @Nullable String email, boolean admin,
			boolean enabled, Instant createdAt) {

		static UserJson of(AccountView a) {
			return new UserJson(a.id(), a.username(), a.displayName(), a.email(), a.admin(), a.enabled(),
					a.createdAt());
		}
	}

	@PostMapping("/api/v1/users")
	@Operation(summary = "Create an account (administrators only)")
	ResponseEntity<UserJson> create(@RequestBody NewUser body) {
		AccountView created = accounts.create(new Accounts.NewAccount(nz(body.username()), nz(body.displayName()),
				body.email(), nz(body.password()), Boolean.TRUE.equals(body.admin())));
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(UserJson.of(created));
	}

	@GetMapping("/api/v1/users")
	@Operation(summary = "List all accounts (administrators only)")
	List<UserJson> list() {
		return accounts.all().stream().map(UserJson::of).toList();
	}

	@GetMapping("/api/v1/me")
	@Operation(summary = "The account making this call")
	UserJson me() {
		return accounts.findById(CurrentUser.require().id()).map(UserJson::of).orElseThrow();
	}

	private static String nz(@Nullable String s) {
		return s == null ? "" : s;
	}
}
