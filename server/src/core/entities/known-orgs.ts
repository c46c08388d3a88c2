/**
 * Organisations that news on any subject names without saying what they are: wire and
 * photo agencies (in credits and `told Reuters`), the big platforms (`on Twitter`),
 * and armed or political movements whose names read like a people or a place
 * (`Islamic State`, `Muslim Brotherhood`). General world knowledge, like the country
 * and acronym tables: only names that are an organisation wherever they appear
 * (no `Amazon`, `Apple`, `Bloomberg`).
 */
export const KNOWN_ORGS: readonly string[] = `
  Reuters|Associated Press|Agence France-Presse|Getty Images|Shutterstock|Alamy|Press Association|Kyodo|Yonhap|
  Interfax|TASS|RIA Novosti|Anadolu Agency|Xinhua|Bernama|Antara|
  Twitter|Facebook|Instagram|WhatsApp|LinkedIn|YouTube|TikTok|Snapchat|Reddit|Google|Microsoft|Wikipedia|
  Netflix|Spotify|Pinterest|Tumblr|Flickr|
  Islamic State|Muslim Brotherhood|Hezbollah|Boko Haram|al-Shabab|al-Qaeda|Ansar al-Sharia|
  Islamic Jihad|Red Crescent|Red Cross`
  .split('|')
  .map((s) => s.trim())
  .filter(Boolean);
