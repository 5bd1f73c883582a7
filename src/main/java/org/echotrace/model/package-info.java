/** The immutable records that cross stages: raw files, raw and clean articles, segments and metadata. */
package org.echotrace.model;
