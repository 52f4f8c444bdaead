package org.khabar.server.dto;

/** Every error the API sends: the HTTP status and what went wrong, in words. */
public record ErrorResponse(int status, String error) {}
