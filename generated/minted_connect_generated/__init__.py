"""A client library for accessing Minted Connect E-Commerce API"""
