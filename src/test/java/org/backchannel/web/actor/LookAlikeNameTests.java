package org.backchannel.web.actor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.backchannel.actor.ActorData;
import org.backchannel.actor.ActorWriteService;
import org.backchannel.model.LookAlikes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * A name that looks exactly like a recorded one is not a new actor: invisible characters
 * (format characters, fillers, variation selectors, a joiner between Latin letters) and
 * words mixing scripts are refused in every name, and a name whose Unicode TR 39 skeleton
 * is another record's, written with other characters, is refused naming that record, in
 * the API and on the admin form. Names in one script other than Latin, and the joiners
 * Persian and Hindi spell with, are accepted.
 */
@SpringBootTest(properties = "backchannel.test-context=admin-forms")
@AutoConfigureMockMvc
class LookAlikeNameTests {

	/** "Marco Rubio" disguised: invisible characters and Cyrillic or Greek letters. */
	static final List<String> DISGUISED = List.of("Marco Rubio\u200F", "Marco\u200BRubio", "Marc\u043E Rubi\u043E",
			"\u200EMarco Rubio", "Marco\u00ADRubio", "Marco\u2060 Rubio", "Marco Rubio\uFEFF", "Marco\u3164Rubio",
			"Marco Rubio\uFE0F", "Marco Rubio\uDB40\uDC01", "Marco\u034F Rubio", "Marco\u200DRubio",
			"Marco\u200C Rubio", "Marc\u03BF Rubio", "\u041Carco Rubio", "Marco Rub\u0456o", "Marco\u180ERubio",
			"Marco Rubio\u061C");

	/** In one script, but read as a recorded name. */
	static final Map<String, String> LOOK_ALIKES = Map.of("VIadimir Putin", "Vladimir Putin", "Vladirnir Putin",
			"Vladimir Putin", "Marco  Rubio", "Marco Rubio", "Marco\u00A0Rubio", "Marco Rubio", "\uFF2Darco Rubio",
			"Marco Rubio");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ActorWriteService actors;

	@Test
	void invisibleCharactersAndMixedScriptsInANameAreRefused() throws Exception {
		for (String name : DISGUISED) {
			MockHttpServletResponse response = api(post("/api/actors"), actor(name, List.of()));
			assertThat(response.getStatus()).as(escaped(name)).isEqualTo(400);
			assertThat(fields(response)).as(escaped(name)).containsExactly("name");
		}
		JsonNode zeroWidth = body(api(post("/api/actors"), actor("Marco\u200BRubio", List.of())));
		assertThat(zeroWidth.get("errors").get(0).get("message").asString())
			.isEqualTo("must not contain the invisible character U+200B.");
		JsonNode cyrillic = body(api(post("/api/actors"), actor("Marc\u043E Rubi\u043E", List.of())));
		assertThat(cyrillic.get("errors").get(0).get("message").asString())
			.startsWith("mixes the letters of two scripts in the word \u201cMarc\u043E\u201d");
		// an alias, a proposal's title and any other one-line field too
		assertThat(fields(api(post("/api/actors"), actor("Jane Quill", List.of("Jane\u200BQuill")))))
			.containsExactly("aliases[0].name");
		assertThat(fields(api(post("/api/proposals"), proposal("Cease\u043Ffire plan")))).containsExactly("title");
		assertThat(fields(api(post("/api/sources"), """
				{"outlet": "Wire\u200B", "title": "A report", "language": "en", "publishedPrecision": "UNKNOWN"}""")))
			.containsExactly("outlet");
	}

	@Test
	void aNameThatLooksLikeARecordedOneIsRefusedNamingIt() throws Exception {
		for (Map.Entry<String, String> lookAlike : LOOK_ALIKES.entrySet()) {
			MockHttpServletResponse response = api(post("/api/actors"), actor(lookAlike.getKey(), List.of()));
			assertThat(response.getStatus()).as(escaped(lookAlike.getKey())).isEqualTo(400);
			assertThat(response.getContentType()).startsWith("application/problem+json");
			assertThat(fields(response)).containsExactly("name");
			assertThat(body(response).get("errors").get(0).get("message").asString()).as(lookAlike.getKey())
				.startsWith("looks the same as \u201c" + lookAlike.getValue() + "\u201d (")
				.contains("another actor already recorded");
		}
		// as an alias, or by renaming another actor
		assertThat(fields(api(post("/api/actors"), actor("Jane Quill", List.of("VIadimir Putin")))))
			.containsExactly("aliases[0].name");
		assertThat(api(post("/api/actors"), actor("Rename Me Later", List.of())).getStatus()).isEqualTo(201);
		assertThat(fields(api(put("/api/actors/rename-me-later"), actor("Vladirnir Putin", List.of()))))
			.containsExactly("name");
		// a proposal's title: a full-width digit
		MockHttpServletResponse title = api(post("/api/proposals"), proposal("\uFF13" + "0-day ceasefire"));
		assertThat(fields(title)).containsExactly("title");
		assertThat(body(title).get("errors").get(0).get("message").asString())
			.startsWith("looks the same as \u201c30-day ceasefire\u201d (30-day-ceasefire)");
	}

	@Test
	void realNamesInOtherScriptsAndTheRecordItselfAreAccepted() throws Exception {
		// Lavrov's own record, written back with one more Cyrillic spelling
		ActorData lavrov = this.actors.findEditable("sergei-lavrov").orElseThrow().data();
		assertThat(lavrov.aliases()).extracting(ActorData.AliasData::name).contains("Сергей Лавров");
		List<ActorData.AliasData> aliases = new java.util.ArrayList<>(lavrov.aliases());
		aliases.add(new ActorData.AliasData("Сергей Викторович Лавров", "ru"));
		MockHttpServletResponse own = api(put("/api/actors/sergei-lavrov"),
				this.json.writeValueAsString(new ActorData(lavrov.slug(), lavrov.name(), lavrov.kind(),
						lavrov.country(), lavrov.description(), aliases, lavrov.roles())));
		assertThat(own.getStatus()).as(own.getContentAsString()).isEqualTo(200);
		for (String name : List.of("Игорь Тестов", "Ιωάννης Δοκιμαστής", "علی\u200Cاکبر آزمون", "क्\u200Dषमा परीक्षण",
				"山田太郎テスト", "G7サミット", "Jean-Marie O'Tester", "Taro Yamada 2")) {
			MockHttpServletResponse created = api(post("/api/actors"), actor(name, List.of()));
			assertThat(created.getStatus()).as(escaped(name) + created.getContentAsString()).isEqualTo(201);
		}
		// the same spelling is not a look-alike: two people may share a name
		assertThat(api(post("/api/actors"), actor("Игорь Тестов", List.of())).getStatus()).isEqualTo(201);
	}

	@Test
	void theRecordedNamesHaveNoLookAlikesAmongThem() {
		List<LookAlikes.Named> names = this.jdbc.sql("""
				select a.slug, a.name from actor a
				union all select a.slug, x.name from actor_alias x join actor a on a.id = x.actor_id
				union all select slug, title from proposal""").query(LookAlikes.Named.class).list();
		Map<String, LookAlikes.Named> bySkeleton = new HashMap<>();
		for (LookAlikes.Named named : names) {
			LookAlikes.Named other = bySkeleton.putIfAbsent(LookAlikes.skeleton(named.name()), named);
			if (other != null && !other.slug().equals(named.slug())) {
				assertThat(named.name()).as("%s and %s", named.slug(), other.slug()).isEqualTo(other.name());
			}
			assertThat(LookAlikes.mixedScriptWord(named.name())).as(named.name()).isNull();
		}
		assertThat(names).hasSizeGreaterThan(50);
	}

	@Test
	void theAdminFormShowsTheLookAlikeNextToTheName() throws Exception {
		Document lookAlike = form("VIadimir Putin");
		assertThat(lookAlike.getElementById("error-name").text())
			.startsWith("looks the same as \u201cVladimir Putin\u201d (vladimir-putin)");
		assertThat(lookAlike.getElementById("name").attr("aria-invalid")).isEqualTo("true");
		assertThat(form("Marco\u200BRubio").getElementById("error-name").text()).contains("U+200B");
		assertThat(form("Marc\u043E Rubio").getElementById("error-name").text()).contains("two scripts");
		assertThat(this.jdbc.sql("select count(*) from actor where name like 'VIadimir%'").query(Long.class).single())
			.isZero();
	}

	private Document form(String name) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(post("/admin/actors/new").with(csrf())
				.with(user("edith").roles("EDITOR"))
				.param("name", name)
				.param("kind", "PERSON"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private MockHttpServletResponse api(MockHttpServletRequestBuilder request, String body) throws Exception {
		request.with(user("edith").roles("EDITOR")).accept(MediaType.APPLICATION_JSON).header("If-Match", "*");
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private String actor(String name, List<String> aliases) throws Exception {
		Map<String, Object> actor = new HashMap<>();
		actor.put("name", name);
		actor.put("kind", "PERSON");
		actor.put("country", "RU");
		actor.put("aliases", aliases.stream().map((alias) -> Map.of("name", alias, "language", "ru")).toList());
		return this.json.writeValueAsString(actor);
	}

	private String proposal(String title) throws Exception {
		return this.json.writeValueAsString(Map.of("title", title, "summary", "A plan.", "datePrecision", "UNKNOWN"));
	}

	private JsonNode body(MockHttpServletResponse response) throws Exception {
		return this.json.readTree(response.getContentAsString());
	}

	private List<String> fields(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
		return body(response).get("errors").findValuesAsString("field");
	}

	private static String escaped(String text) {
		StringBuilder out = new StringBuilder();
		text.codePoints()
			.forEach((c) -> out.append((c < 0x7F) ? String.valueOf((char) c) : String.format("\\u%04X", c)));
		return out.toString();
	}

}
