package org.echotrace.clean.html;

/** One step of labelling a page: gives a kind to the open blocks it recognises. */
interface BlockRule {
    void label(PageBlocks page);
}
