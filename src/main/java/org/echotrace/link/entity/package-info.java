/**
 * Entity linking: consumes entity mentions, of one article or of a corpus, and gives them canonical
 * entities across aliases, acronyms, transliterations and spelling variants ("ISIL", "Daesh" and
 * "Islamic State" are ISIS; "At Tanf" is al-Tanf); rejects nothing.
 */
package org.echotrace.link.entity;
