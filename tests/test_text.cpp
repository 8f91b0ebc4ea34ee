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
