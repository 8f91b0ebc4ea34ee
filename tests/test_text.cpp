// Texts per audience, names of enums.

#include <catch2/catch.hpp>

#include "passation/text.hpp"

using namespace passation;

TEST_CASE("a text is one string for everyone or one per audience", "[text]") {
  const text everyone("Réception confirmée ?");
  CHECK(everyone.for_audience(audience::plain) == "Réception confirmée ?");
  CHECK(everyone.for_audience(audience::technical) == "Réception confirmée ?");
  CHECK_FALSE(everyone.varies());

  const text both = text::per_audience("Le CREAI", "Thibaud");
  CHECK(both.for_audience(audience::plain) == "Le CREAI");
  CHECK(both.for_audience(audience::technical) == "Thibaud");
  CHECK(both.varies());
}

TEST_CASE("names and labels fall back to the other audience, details do not", "[text]") {
  const text technical_only = text::per_audience("", "SSH/SFTP");
  CHECK(technical_only.for_audience(audience::plain) == "SSH/SFTP");
  CHECK(technical_only.only_for(audience::plain).empty());
  CHECK(technical_only.only_for(audience::technical) == "SSH/SFTP");
  CHECK(text{}.empty());
  CHECK_FALSE(technical_only.empty());
}

TEST_CASE("audiences and languages parse from their names", "[text]") {
  CHECK(parse_audience("plain") == audience::plain);
  CHECK(parse_audience("technical") == audience::technical);
  CHECK_FALSE(parse_audience("funder"));
  CHECK(parse_language("fr") == language::fr);
  CHECK(parse_language("en") == language::en);
  CHECK_FALSE(parse_language("de"));
  for (audience a : all_audiences) CHECK(parse_audience(to_string(a)) == a);
}

TEST_CASE("French typography: apostrophes, no-break spaces, nothing added, code left alone", "[text]") {
  using passation::language;
  using passation::typeset;
  CHECK(typeset("L'adresse d'un site", language::fr) == "L\u2019adresse d\u2019un site");
  CHECK(typeset("Réception confirmée ?", language::fr) == "Réception confirmée\u202F?");
  CHECK(typeset("Décision ARS : scénario", language::fr) == "Décision ARS\u00A0: scénario");
  CHECK(typeset("A ; B ! C\u00A0?", language::fr) == "A\u202F; B\u202F! C\u202F?");
  CHECK(typeset("« le portail »", language::fr) == "«\u202Fle portail\u202F»");
  CHECK(typeset("«\u00A0vit\u00A0»", language::fr) == "«\u202Fvit\u202F»");
  // Nothing is added where there was no space: times, addresses.
  CHECK(typeset("à 10:30, https://exemple.fr/?a=1", language::fr) == "à 10:30, https://exemple.fr/?a=1");
  CHECK(typeset("voir `git log --format='%h' ?`", language::fr) == "voir `git log --format='%h' ?`");
  // English is left as written.
  CHECK(typeset("Maya's app : ready ?", language::en) == "Maya's app : ready ?");
  // Set twice is set once.
  CHECK(typeset(typeset("L'ARS : « oui » ?", language::fr), language::fr) ==
        typeset("L'ARS : « oui » ?", language::fr));
}
